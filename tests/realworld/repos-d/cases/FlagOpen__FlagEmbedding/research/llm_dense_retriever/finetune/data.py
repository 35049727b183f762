stub: upstream file of 19791 bytes
