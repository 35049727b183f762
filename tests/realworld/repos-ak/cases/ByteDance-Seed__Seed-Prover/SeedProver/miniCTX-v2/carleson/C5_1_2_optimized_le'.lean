stub: upstream file of 56088 bytes
