stub: upstream file of 10949 bytes
