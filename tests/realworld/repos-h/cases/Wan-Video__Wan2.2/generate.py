stub: upstream file of 20540 bytes
