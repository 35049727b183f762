stub: upstream file of 10629 bytes
