stub: upstream file of 21396 bytes
