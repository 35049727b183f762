stub: upstream file of 387571 bytes
