stub: upstream file of 35747 bytes
