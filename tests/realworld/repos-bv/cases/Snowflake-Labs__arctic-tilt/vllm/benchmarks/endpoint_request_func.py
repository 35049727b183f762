stub: upstream file of 5873 bytes
