stub: upstream file of 19242 bytes
