stub: upstream file of 12746 bytes
