stub: upstream file of 17235 bytes
