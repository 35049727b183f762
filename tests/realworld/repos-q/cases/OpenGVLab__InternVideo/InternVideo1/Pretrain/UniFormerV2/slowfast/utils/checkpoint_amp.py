stub: upstream file of 22613 bytes
