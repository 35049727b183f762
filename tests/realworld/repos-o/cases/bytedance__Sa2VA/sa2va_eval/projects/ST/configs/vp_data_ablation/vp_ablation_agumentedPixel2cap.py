stub: upstream file of 19230 bytes
