stub: upstream file of 36086 bytes
