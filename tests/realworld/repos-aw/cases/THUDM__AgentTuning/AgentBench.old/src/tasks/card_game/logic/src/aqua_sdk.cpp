stub: upstream file of 61199 bytes
