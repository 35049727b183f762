stub: upstream file of 45641 bytes
