stub: upstream file of 21756 bytes
