stub: upstream file of 9295 bytes
