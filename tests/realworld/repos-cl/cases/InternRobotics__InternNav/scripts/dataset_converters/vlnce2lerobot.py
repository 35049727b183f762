stub: upstream file of 22818 bytes
