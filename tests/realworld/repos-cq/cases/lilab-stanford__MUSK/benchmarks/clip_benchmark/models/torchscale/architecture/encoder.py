stub: upstream file of 13806 bytes
