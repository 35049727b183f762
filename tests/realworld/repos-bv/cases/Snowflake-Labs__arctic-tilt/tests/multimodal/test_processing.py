stub: upstream file of 34004 bytes
