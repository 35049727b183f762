stub: upstream symlink to ../_template/run.sh
