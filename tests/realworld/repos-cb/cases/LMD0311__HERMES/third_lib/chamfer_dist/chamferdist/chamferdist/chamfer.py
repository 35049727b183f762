stub: upstream file of 14062 bytes
