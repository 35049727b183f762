stub: upstream file of 11088 bytes
