stub: upstream file of 20874 bytes
