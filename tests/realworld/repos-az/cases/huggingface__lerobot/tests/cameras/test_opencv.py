stub: upstream file of 12714 bytes
