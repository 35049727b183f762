stub: upstream file of 10872 bytes
