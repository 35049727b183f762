stub: upstream file of 23814 bytes
