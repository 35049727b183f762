stub: upstream file of 16535 bytes
