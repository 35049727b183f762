stub: upstream file of 2794 bytes
