stub: upstream file of 9047 bytes
