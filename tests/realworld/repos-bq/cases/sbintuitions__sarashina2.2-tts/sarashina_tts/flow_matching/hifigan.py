stub: upstream file of 10696 bytes
