stub: upstream file of 24834 bytes
