stub: upstream file of 22219 bytes
