stub: upstream file of 4274 bytes
