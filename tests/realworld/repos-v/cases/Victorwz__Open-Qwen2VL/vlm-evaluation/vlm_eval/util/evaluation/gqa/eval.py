stub: upstream file of 20507 bytes
