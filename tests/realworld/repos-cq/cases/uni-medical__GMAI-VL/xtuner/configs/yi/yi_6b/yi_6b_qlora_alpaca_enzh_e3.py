stub: upstream file of 7935 bytes
