stub: upstream file of 14002 bytes
