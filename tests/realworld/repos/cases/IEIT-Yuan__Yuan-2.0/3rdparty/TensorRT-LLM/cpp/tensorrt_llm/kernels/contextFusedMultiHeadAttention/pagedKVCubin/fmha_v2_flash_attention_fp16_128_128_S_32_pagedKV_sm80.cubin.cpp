stub: upstream file of 951191 bytes
