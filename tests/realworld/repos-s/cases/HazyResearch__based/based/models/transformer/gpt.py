stub: upstream file of 46729 bytes
