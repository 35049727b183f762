stub: upstream file of 57684 bytes
