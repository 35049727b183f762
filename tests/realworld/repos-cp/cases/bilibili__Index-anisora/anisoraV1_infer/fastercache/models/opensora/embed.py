stub: upstream file of 20675 bytes
