stub: upstream file of 31584 bytes
