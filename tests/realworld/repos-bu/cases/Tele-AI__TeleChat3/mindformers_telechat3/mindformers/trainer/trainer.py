stub: upstream file of 78652 bytes
