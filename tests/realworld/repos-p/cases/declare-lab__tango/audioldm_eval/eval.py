stub: upstream file of 14613 bytes
