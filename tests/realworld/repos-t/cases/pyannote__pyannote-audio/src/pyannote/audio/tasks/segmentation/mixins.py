stub: upstream file of 16914 bytes
