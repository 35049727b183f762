stub: upstream file of 3625 bytes
