stub: upstream file of 18945 bytes
