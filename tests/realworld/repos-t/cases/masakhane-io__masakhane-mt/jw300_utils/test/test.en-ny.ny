stub: upstream file of 224562 bytes
