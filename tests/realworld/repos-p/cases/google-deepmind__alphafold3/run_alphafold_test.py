stub: upstream file of 18491 bytes
