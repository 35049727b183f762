stub: upstream file of 14134 bytes
