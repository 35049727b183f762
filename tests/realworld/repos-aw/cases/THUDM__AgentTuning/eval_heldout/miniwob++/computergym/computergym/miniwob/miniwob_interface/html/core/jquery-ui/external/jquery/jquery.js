stub: upstream file of 293430 bytes
