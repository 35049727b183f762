stub: upstream symlink to ../src/function_server.py
