stub: upstream file of 5203 bytes
