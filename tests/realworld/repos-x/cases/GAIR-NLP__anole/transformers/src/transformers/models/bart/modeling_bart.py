stub: upstream file of 110019 bytes
